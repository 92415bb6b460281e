"""The time tagger: detection (`patterns`), values (`normalize`, `points`), reference time and
governing times (`anchor`), publication date inference (`published`)."""

from .anchor import tense_at, time_at
from .normalize import Reference, Resolution, normalize
from .patterns import Mention, find_mentions
from .published import infer_published

__all__ = ["Mention", "Reference", "Resolution", "find_mentions", "infer_published", "normalize", "tense_at", "time_at"]
