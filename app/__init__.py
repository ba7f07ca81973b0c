"""KMS Host Wizard: set up a KMS host, verify its DNS record and convert clients."""

from importlib import metadata

try:
    __version__ = metadata.version("kms-host-wizard")
except metadata.PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0+source"
