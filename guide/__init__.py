"""Care Choices: an offline side-by-side guide to two levels of care."""
