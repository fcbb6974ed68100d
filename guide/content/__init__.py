"""Reading, validating and rendering the guide's content. Never imports Qt."""
