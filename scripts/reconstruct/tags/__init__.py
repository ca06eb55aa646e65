"""One module per API tag family; each defines ``build(spec: SpecBuilder) -> None``."""
