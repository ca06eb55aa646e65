"""The request pipeline and shared machinery: HTTP, retries, the operation index, the version registry."""
