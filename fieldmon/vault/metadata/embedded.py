"""What is recorded with a stored photo: its size, camera, time taken and GPS position."""

from __future__ import annotations

import io
import os
import stat
from pathlib import Path
from typing import Any, BinaryIO

from fieldmon.vault.metadata.exif import (
    _DATETIME,
    _DATETIME_ORIGINAL,
    _EXIF_IFD,
    _GPS_IFD,
    _MAKE,
    _MODEL,
    _exif_location,
)
from fieldmon.vault.metadata.image import _PIL_FORMATS, _pil_header
from fieldmon.vault.metadata.png import _png_exif


def embedded_metadata(data_or_path: bytes | Path, kind: str) -> dict[str, Any]:
    """What is recorded with a stored file: size, camera, time taken and GPS position of photos.

    Read from the image header and its EXIF (CIPA DC-008: Make, Model, DateTimeOriginal or
    DateTime, the GPS IFD) with Pillow; no pixel is decoded. Unlike `inspect`, this is a summary
    kept in the vault, not a privacy check.

    :param data_or_path: the file's content, or its path (not opened unless a regular file).
    :param kind: its media type; only JPEG, PNG, TIFF and WebP are read.
    :return: a JSON-ready dictionary with ``width`` and ``height`` (pixels) and, when recorded,
        ``camera``, ``taken`` (the EXIF text) and ``gps`` (``latitude``, ``longitude`` in
        decimal degrees); empty for other kinds, and for any file that cannot be read (this
        never raises).
    """
    if kind not in _PIL_FORMATS:
        return {}
    try:
        if isinstance(data_or_path, bytes):
            source: BinaryIO = io.BytesIO(data_or_path)
        elif stat.S_ISREG(os.stat(data_or_path).st_mode):
            source = open(data_or_path, "rb")  # noqa: SIM115 - closed below
        else:
            return {}
        with source, _pil_header(source, _PIL_FORMATS[kind]) as image:
            exif = image.getexif() if kind != "image/png" else _png_exif(source)
            size = image.size
            meta: dict[str, Any] = {"width": size[0], "height": size[1]}
            camera = " ".join(str(exif[t]).strip() for t in (_MAKE, _MODEL) if t in exif)
            if camera:
                meta["camera"] = camera
            taken = exif.get_ifd(_EXIF_IFD).get(_DATETIME_ORIGINAL) or exif.get(_DATETIME)
            if taken:
                meta["taken"] = str(taken)
            location = _exif_location(exif.get_ifd(_GPS_IFD))
    except Exception:  # a file Pillow cannot read records nothing here
        return {}
    if location is not None:
        meta["gps"] = {"latitude": location.latitude, "longitude": location.longitude}
    return meta
