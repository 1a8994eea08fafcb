"""Early stopping (patience, restore best weights) is visible in the training settings with a one-line
explanation, not folded away under "More"."""


def test_early_stopping_is_visible_with_its_explanation(window):
    window.pipeline_view.set_selection([])
    page = window.inspector.page
    for name in ("early_stopping", "restore_best"):
        assert page.training.fields[name].isVisibleTo(page), name
    assert "Early stopping" in page.early_stopping_hint.text() and page.early_stopping_hint.isVisibleTo(page)
    page.training.fields["early_stopping"].editor.setValue(3)
    assert window.document.to_doc()["training"]["early_stopping"] == 3
