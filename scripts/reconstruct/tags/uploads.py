"""Uploads (unstable only): CreateUploadTarget.

Returns presigned form-POST data for a file (claim proof, freight booking document); the S3 key is
then passed to other calls (e.g. Freight CreateContainersOrder's document keys). Source: the Ruby
client atlas-llc/flexport-ruby-api (docs/UploadsApi.md, CreateUploadTargetRequest/Response). The
client names no scope for it, so none is declared.
"""

from __future__ import annotations

from scripts.reconstruct.builder import SpecBuilder, array, enum, json_body, json_response, obj

RUBY = "github:atlas-llc/flexport-ruby-api"


def build(spec: SpecBuilder) -> None:
    if not spec.v.is_unstable:
        return
    resource_type = spec.schema("ResourceType", enum(["CLAIM_PROOF", "FREIGHT_BOOKING_DOCUMENT"]))
    request = spec.schema(
        "CreateUploadTargetRequest",
        obj(
            {
                "filename": {"type": "string", "description": "Original file name."},
                "fileSize": {"type": "number", "format": "double", "description": "Size in bytes."},
                "mimeType": {"type": "string", "maxLength": 255},
                "resourceType": resource_type,
            },
            ["filename", "fileSize", "mimeType", "resourceType"],
        ),
    )
    entry = spec.schema(
        "CreateUploadTargetResponseEntry",
        obj({"name": {"type": "string"}, "value": {"type": "string"}}, ["name", "value"]),
    )
    response = spec.schema(
        "CreateUploadTargetResponse",
        obj(
            {
                "url": {"type": "string", "description": "Where to send the upload form POST."},
                "fields": array(entry, description="Form fields to send with the file."),
            },
            ["url", "fields"],
        ),
    )
    spec.tag("Uploads", "Presigned upload targets for documents (unstable only).")
    spec.operation(
        tag="Uploads",
        method="POST",
        path="/uploads",
        operation_id="CreateUploadTarget",
        summary="Create a presigned upload target",
        confidence="seen",
        sources=[f"{RUBY} docs/UploadsApi.md", f"{RUBY} lib/flexport/models/create_upload_target_request.rb"],
        request_body=json_body(request),
        responses={"200": json_response(response)},
    )
