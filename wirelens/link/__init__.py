"""Corpus-level linking: the actor registry."""

from .registry import Registry, RegistryEntry, RoleSeen

__all__ = ["Registry", "RegistryEntry", "RoleSeen"]
