"""The MCAP archetypes, stored as logged: McapChannel, McapMessage, McapSchema, McapStatistics (not drawn)."""

from __future__ import annotations

from .. import components as C
from ._base import Archetype, Field

__all__ = ["McapChannel", "McapMessage", "McapSchema", "McapStatistics"]


class McapChannel(Archetype):
    """An MCAP channel: id, topic, message encoding and metadata, as in the MCAP file.

    Examples
    --------
    >>> import rerun_nb as rr
    >>> rr.McapChannel(id=1, topic="/cam", message_encoding="cdr", metadata={"k": "v"}).metadata.values.tolist()
    ['k', 'v']
    """

    archetype_name = "McapChannel"
    view = None
    id = Field(C.uint16_1d, required=True, positional=False)
    topic = Field(C.strings, required=True, positional=False)
    message_encoding = Field(C.strings, required=True, positional=False)
    metadata = Field(C.key_value_pairs)


class McapMessage(Archetype):
    """One MCAP message's raw bytes.

    Examples
    --------
    >>> import rerun_nb as rr
    >>> rr.McapMessage(b"\\x01\\x02").data[0].tolist()
    [1, 2]
    """

    archetype_name = "McapMessage"
    view = None
    data = Field(C.blob, required=True)


class McapSchema(Archetype):
    """An MCAP schema: id, name, encoding and its raw bytes.

    Examples
    --------
    >>> import rerun_nb as rr
    >>> rr.McapSchema(id=1, name="Img", encoding="ros2msg", data=b"x").name.tolist()
    ['Img']
    """

    archetype_name = "McapSchema"
    view = None
    id = Field(C.uint16_1d, required=True, positional=False)
    name = Field(C.strings, required=True, positional=False)
    encoding = Field(C.strings, required=True, positional=False)
    data = Field(C.blob, required=True, positional=False)


class McapStatistics(Archetype):
    """An MCAP file's statistics record.

    Examples
    --------
    >>> import rerun_nb as rr
    >>> s = rr.McapStatistics(message_count=10, schema_count=1, channel_count=1, attachment_count=0,
    ...                       metadata_count=0, chunk_count=1, message_start_time=0, message_end_time=5,
    ...                       channel_message_counts={1: 10})
    >>> s.channel_message_counts.values.tolist()
    [[1, 10]]
    """

    archetype_name = "McapStatistics"
    view = None
    message_count = Field(C.uint64_1d, required=True, positional=False)
    schema_count = Field(C.uint64_1d, required=True, positional=False)
    channel_count = Field(C.uint64_1d, required=True, positional=False)
    attachment_count = Field(C.uint64_1d, required=True, positional=False)
    metadata_count = Field(C.uint64_1d, required=True, positional=False)
    chunk_count = Field(C.uint64_1d, required=True, positional=False)
    message_start_time = Field(C.time_ns, required=True, positional=False)
    message_end_time = Field(C.time_ns, required=True, positional=False)
    channel_message_counts = Field(C.id_counts)
