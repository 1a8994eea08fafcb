"""CSV tables: labels, missing cells, normalisation on the training part, split, and bad files."""

import numpy as np
import pytest

from netbuilder.data import DataError, load_dataset
from tests.data.formats import load_error


def write(tmp_path, text, name="t.csv"):
    path = tmp_path / name
    path.write_text(text)
    return path


def table(n=40, seed=0, label_values=("cat", "dog")):
    rng = np.random.default_rng(seed)
    lines = ["a,b,kind"]
    for i in range(n):
        lines.append(f"{rng.normal():.4f},{rng.normal() * 10 + 5:.4f},{label_values[i % len(label_values)]}")
    return "\n".join(lines) + "\n"


def test_text_labels_become_sorted_classes_and_last_column_is_the_label(tmp_path):
    path = write(tmp_path, table(label_values=("zebra", "ant", "mouse")))
    d = load_dataset(f"csv:{path}")
    assert d.class_names == ["ant", "mouse", "zebra"]
    assert d.input_shape == (2,) and not d.is_image
    assert len(d.y_train) + len(d.y_test) == 40 and len(d.y_test) == 8
    assert d.x_train.dtype == np.float32 and d.y_train.dtype == np.int64


def test_integer_labels_sort_numerically_and_label_option_picks_the_column(tmp_path):
    path = write(tmp_path, "y,f1,f2\n10,1,2\n2,3,4\n10,5,6\n2,7,8\n2,1,1\n10,2,2\n")
    d = load_dataset(f"csv:{path}?label=y&test_fraction=0&normalize=none")
    assert d.class_names == ["2", "10"]
    np.testing.assert_array_equal(d.y_train, [1, 0, 1, 0, 0, 1])
    np.testing.assert_array_equal(d.x_train[0], [1, 2])
    assert d.x_test.shape == (0, 2)


def test_standard_normalisation_is_fitted_on_the_training_rows_only(tmp_path):
    path = write(tmp_path, table(n=60))
    raw = load_dataset(f"csv:{path}?normalize=none")
    d = load_dataset(f"csv:{path}")
    np.testing.assert_allclose(d.x_train.mean(axis=0), 0, atol=1e-5)
    np.testing.assert_allclose(d.x_train.std(axis=0), 1, atol=1e-4)
    mean, std = raw.x_train.mean(axis=0), raw.x_train.std(axis=0)
    np.testing.assert_allclose(d.x_test, (raw.x_test - mean) / std, atol=1e-4)


def test_minmax_maps_training_rows_to_unit_range(tmp_path):
    d = load_dataset(f"csv:{write(tmp_path, table(n=60))}?normalize=minmax")
    np.testing.assert_allclose(d.x_train.min(axis=0), 0, atol=1e-6)
    np.testing.assert_allclose(d.x_train.max(axis=0), 1, atol=1e-6)


def test_split_is_stratified_and_seeded(tmp_path):
    path = write(tmp_path, table(n=100, label_values=("a", "a", "a", "b")))
    d1, d2 = load_dataset(f"csv:{path}", seed=1), load_dataset(f"csv:{path}", seed=1)
    np.testing.assert_array_equal(d1.x_test, d2.x_test)
    assert np.bincount(d1.y_test).tolist() == [15, 5]
    d3 = load_dataset(f"csv:{path}", seed=2)
    assert not np.array_equal(d1.x_test, d3.x_test)


HOLEY = """a, b ,c,label
1,2,3,x
NA,5,6,y
7, ? ,9,x
10,11,12,
13,14,nan,y
16,17,18,y
19,20,21,x
22,  ,24,y
"""


def test_missing_drop_rows_is_the_default_and_missing_labels_always_drop(tmp_path):
    d = load_dataset(f"csv:{write(tmp_path, HOLEY)}?normalize=none&test_fraction=0")
    np.testing.assert_array_equal(d.x_train, [[1, 2, 3], [16, 17, 18], [19, 20, 21]])
    assert any("label" in note for note in d.notes) and any("4 rows" in note for note in d.notes)


def test_missing_zero(tmp_path):
    d = load_dataset(f"csv:{write(tmp_path, HOLEY)}?normalize=none&test_fraction=0&missing=zero")
    assert len(d.x_train) == 7  # only the unlabelled row is gone
    np.testing.assert_array_equal(d.x_train[1], [0, 5, 6])
    np.testing.assert_array_equal(d.x_train[6], [22, 0, 24])


def test_missing_mean_uses_training_means(tmp_path):
    d = load_dataset(f"csv:{write(tmp_path, HOLEY)}?normalize=none&test_fraction=0&missing=mean")
    assert d.x_train[1, 0] == pytest.approx(np.mean([1, 7, 13, 16, 19, 22]))
    assert not np.isnan(d.x_train).any()


def test_missing_drop_columns_names_the_dropped_columns(tmp_path):
    text = "a,b,c,label\n1,,3,x\n4,5,6,y\n7,8,?,x\n10,11,12,y\n"
    d = load_dataset(f"csv:{write(tmp_path, text)}?normalize=none&test_fraction=0&missing=drop-columns")
    np.testing.assert_array_equal(d.x_train[:, 0], [1, 4, 7, 10])
    assert d.input_shape == (1,)
    assert any("b, c" in note for note in d.notes)


def test_drop_columns_that_leaves_nothing_is_anload_error(tmp_path):
    path = write(tmp_path, HOLEY)
    with pytest.raises(DataError, match="missing=mean"):
        load_dataset(f"csv:{path}?missing=drop-columns")


def test_quoted_fields_semicolons_and_a_byte_order_mark(tmp_path):
    path = tmp_path / "excel.csv"
    path.write_bytes('\ufeff"height";"name, full";"class"\n1.5;"a; b";1\n2.5;c;0\n3.5;d;1\n4;e;0\n'.encode("utf-8"))
    with pytest.raises(DataError, match='Column "name, full"'):
        load_dataset(f"csv:{path}")
    path.write_bytes('\ufeff"height";"class"\n"1,5";1\n2.5;0\n3.5;1\n4;0\n'.encode("utf-8"))
    with pytest.raises(DataError, match='line 2 holds "1,5"'):
        load_dataset(f"csv:{path}")
    path.write_bytes('\ufeff"height";"class"\n"1.5";1\n2.5;0\n3.5;1\n4;0\n'.encode("utf-8"))
    d = load_dataset(f"csv:{path}?normalize=none&test_fraction=0")
    assert d.class_names == ["0", "1"] and sorted(d.x_train[:, 0]) == [1.5, 2.5, 3.5, 4]


# ---- bad input -----------------------------------------------------------------------------------

def test_missing_file(tmp_path):
    msg = load_error(f"csv:{tmp_path / 'none.csv'}")
    assert str(tmp_path / "none.csv") in msg and "does not exist" in msg


def test_empty_csv(tmp_path):
    path = write(tmp_path, "\n  \n")
    assert "is empty" in load_error(f"csv:{path}") and str(path) in load_error(f"csv:{path}")


def test_header_only(tmp_path):
    path = write(tmp_path, "a,b,label\n")
    msg = load_error(f"csv:{path}")
    assert str(path) in msg and "no data rows" in msg


def test_unknown_label_column_suggests_the_near_one(tmp_path):
    path = write(tmp_path, table())
    msg = load_error(f"csv:{path}?label=knid")
    assert '"knid"' in msg and 'did you mean "kind"' in msg and "a, b, kind" in msg


def test_non_numeric_feature_column_names_column_line_and_value(tmp_path):
    path = write(tmp_path, "x,colour,label\n1,2,a\n2,3,b\n3,red,a\n4,5,b\n")
    msg = load_error(f"csv:{path}")
    assert str(path) in msg and '"colour"' in msg and "line 4" in msg and '"red"' in msg


def test_row_with_wrong_field_count(tmp_path):
    path = write(tmp_path, "x,y,label\n1,2,a\n2,3\n")
    msg = load_error(f"csv:{path}")
    assert "Line 3" in msg and "2 fields" in msg and str(path) in msg


def test_fractional_labels_are_refused(tmp_path):
    path = write(tmp_path, "x,price\n1,2.5\n2,3\n")
    assert "2.5" in load_error(f"csv:{path}")


def test_single_class_is_refused(tmp_path):
    path = write(tmp_path, "x,y\n1,a\n2,a\n")
    assert "only one class" in load_error(f"csv:{path}")


def test_bad_option_values(tmp_path):
    path = write(tmp_path, table())
    assert 'did you mean "drop-rows"' in load_error(f"csv:{path}?missing=drop-row")
    assert "test_fraction" in load_error(f"csv:{path}?test_fraction=1")
    assert 'unknown option "lable"' in load_error(f"csv:{path}?lable=kind")
