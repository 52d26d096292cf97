"""Request and response bodies of the /v1 protocol (sync.md)."""

from __future__ import annotations

from typing import Annotated, Any, NotRequired

from pydantic import BaseModel, Field, TypeAdapter
from typing_extensions import TypedDict

MAX_OPS = 500
MAX_ID = 2**63 - 1  # op ids and sequence numbers are 64-bit on the service
Pair = Annotated[list[Any], Field(min_length=2, max_length=2)]  # [old, new]


class EnrolIn(BaseModel):
    code: str = Field(min_length=4, max_length=64)
    # An office that exported region files before it was ever online keeps the id it made itself.
    device_id: str | None = Field(default=None, min_length=8, max_length=64)
    # The public half of the device's key that signs its region files (docs/security.md).
    public_key: str | None = Field(default=None, max_length=64)


class EnrolOut(BaseModel):
    device_id: str
    refresh: str
    region: str | None
    role: str


class TokenIn(BaseModel):
    refresh: str = Field(min_length=10, max_length=200)


class TokenOut(BaseModel):
    access: str
    expires_in: int


class MetaOut(BaseModel):
    server_time: str
    schema_version: str
    min_client_version: str
    server_version: str
    region: str | None = None
    role: str | None = None


class OpIn(BaseModel):
    op_id: int = Field(ge=1, le=MAX_ID)
    table: str = Field(max_length=64)
    row_id: str = Field(min_length=1, max_length=64)
    action: str = Field(pattern="^(insert|update|delete)$")
    fields: dict[str, Pair] = Field(max_length=200)
    base_version: int = Field(ge=0, le=2**31 - 1)
    updated_at: str | None = None
    updated_by: str | None = None


class PushIn(BaseModel):
    device_id: str = Field(max_length=64)
    ops: list[OpIn] = Field(max_length=MAX_OPS)
    # Relay of a region file by the national office: the region the file carries (offline devices).
    region: str | None = None


class OpDict(TypedDict):
    """The same op as ``OpIn``, validated straight into a dict (no model to dump on the hot path)."""

    op_id: Annotated[int, Field(ge=1, le=MAX_ID)]
    table: Annotated[str, Field(max_length=64)]
    row_id: Annotated[str, Field(min_length=1, max_length=64)]
    action: Annotated[str, Field(pattern="^(insert|update|delete)$")]
    fields: Annotated[dict[str, Pair], Field(max_length=200)]
    base_version: Annotated[int, Field(ge=0, le=2**31 - 1)]
    updated_at: NotRequired[str | None]
    updated_by: NotRequired[str | None]
    # Relays of a region file: the sending office's signature of this op (sosdesk.contract.sender).
    sig: NotRequired[Annotated[str, Field(max_length=200)]]


class PushDict(TypedDict):
    device_id: Annotated[str, Field(max_length=64)]
    ops: Annotated[list[OpDict], Field(max_length=MAX_OPS)]
    region: NotRequired[Annotated[str, Field(max_length=64)] | None]


PUSH_BODY = TypeAdapter(PushDict)


class SenderKeyIn(BaseModel):
    public_key: str = Field(max_length=64)


class OfficeKeyIn(BaseModel):
    public_key: str = Field(max_length=64)
    region: str = Field(min_length=1, max_length=64)
    role: str = Field(max_length=32)
    revoked: bool = False


class NumberIn(BaseModel):
    invoice_id: str = Field(min_length=1, max_length=64)
    prefix: str = Field(min_length=1, max_length=40)
    year: int = Field(ge=2000, le=2999)


class NumberOut(BaseModel):
    number: str


class SenderKeyOut(BaseModel):
    key_id: str


class SenderKeysOut(BaseModel):
    keys: list[dict[str, Any]]


class PushOut(BaseModel):
    results: list[dict[str, Any]]
    server_seq: int
    rows: list[dict[str, Any]] | None = None  # relays only: the service's rows the ops touched


class Change(BaseModel):
    table: str
    row_id: str
    row_version: int
    deleted: bool
    data: dict[str, Any]
    seq: int


class PullOut(BaseModel):
    changes: list[Change]
    next_since: int
    has_more: bool


class SnapshotOut(BaseModel):
    table: str
    rows: list[Change]
    next_after: str | None
    has_more: bool
    server_seq: int


class TableCheck(BaseModel):
    count: int
    hash: str


class VerifyOut(BaseModel):
    tables: dict[str, TableCheck]
    server_seq: int
