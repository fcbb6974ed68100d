"""The guide's widgets: they show the model and emit signals; they never read content files."""
