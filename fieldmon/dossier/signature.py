"""PAdES B-B signatures with pyHanko, offline, by the monitor's certificate; and the files
(evidence manifest, original annexes) embedded in the PDF before it is signed."""

from __future__ import annotations

import io
from typing import Any

from asn1crypto import keys as asn1_keys
from asn1crypto import x509 as asn1_x509
from pyhanko.pdf_utils import embed
from pyhanko.pdf_utils.font.opentype import GlyphAccumulatorFactory
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.text import TextBoxStyle
from pyhanko.sign import signers
from pyhanko.sign.fields import SigFieldSpec, SigSeedSubFilter
from pyhanko.stamp import TextStampStyle
from pyhanko_certvalidator.registry import SimpleCertificateStore

from fieldmon.crypto.signing import SigningKey
from fieldmon.dossier.manifest import MANIFEST_NAME as MANIFEST_NAME
from fieldmon.dossier.manifest import manifest_json
from fieldmon.resources import resources_dir
from fieldmon.vault.identities import Identity

FIELD_NAME = "FieldMonSignature"


def _embed(
    writer: IncrementalPdfFileWriter, name: str, data: bytes, media_type: str, description: str
) -> None:
    stream = embed.EmbeddedFileObject.from_file_data(writer, data, mime_type=media_type)
    spec = embed.FileSpec(
        file_spec_string=name, file_name=name, embedded_data=stream, description=description
    )
    embed.embed_file(writer, spec)


def embed_and_sign(
    pdf: bytes,
    manifest: dict[str, Any],
    annex_files: list[tuple[str, bytes, str]],
    key: SigningKey,
    me: Identity,
    box: tuple[int, int, int, int],
) -> bytes:
    """Embed the evidence manifest and the annex files in the PDF, then sign it.

    The files are embedded file streams (ISO 32000-2, 7.11.4). The signature is PAdES B-B
    (ETSI EN 319 142-1; SubFilter ``ETSI.CAdES.detached``, SHA-256), made with pyHanko in an
    incremental update, offline: no timestamp and no revocation data. Its visible stamp (signer
    and time) fills ``box`` on the first page.

    :param pdf: the unsigned dossier.
    :param manifest: the evidence manifest, embedded as ``manifest.json`` (UTF-8, indented).
    :param annex_files: (file name, bytes, media type) of each annex file.
    :param key: the monitor's signing key.
    :param me: the monitor's identity: certificate, root certificate, name.
    :param box: the stamp's place: x1, y1, x2, y2 in points from the bottom left of the page.
    :return: the signed PDF.
    """
    writer = IncrementalPdfFileWriter(io.BytesIO(pdf))
    _embed(
        writer,
        MANIFEST_NAME,
        manifest_json(manifest),
        "application/json",
        "Evidence manifest: annex hashes and sealed versions",
    )
    for name, data, media_type in annex_files:
        _embed(writer, name, data, media_type, f"Original file of {name.rsplit('.', 1)[0]}")
    signer = signers.SimpleSigner(
        signing_cert=asn1_x509.Certificate.load(me.monitor_cert),
        signing_key=asn1_keys.PrivateKeyInfo.load(key.private_der),
        cert_registry=SimpleCertificateStore.from_certs([asn1_x509.Certificate.load(me.root_cert)]),
    )
    font = str(resources_dir() / "fonts" / "NotoSans-Regular.ttf")
    stamp = TextStampStyle(
        stamp_text="%(signer)s\n%(ts)s",
        text_box_style=TextBoxStyle(font=GlyphAccumulatorFactory(font), font_size=9),
        border_width=0,
    )
    metadata = signers.PdfSignatureMetadata(
        field_name=FIELD_NAME,
        subfilter=SigSeedSubFilter.PADES,
        md_algorithm="sha256",
        reason=f"FieldMon dossier {manifest['dossier']}",
        name=me.name,
    )
    pdf_signer = signers.PdfSigner(
        metadata,
        signer=signer,
        stamp_style=stamp,
        new_field_spec=SigFieldSpec(FIELD_NAME, box=box, on_page=0),
    )
    out = io.BytesIO()
    pdf_signer.sign_pdf(writer, output=out)
    return out.getvalue()
