# Hidden by the directory report/, as mypy's source finder hides it.
pages: int = "many"
