"""The Qt-free pipeline model that the builder window edits."""
