from enum import StrEnum


class LabelFormat(StrEnum):
    PDF = "PDF"
    PNG = "PNG"
    ZPL203 = "ZPL203"

    def __str__(self) -> str:
        return str(self.value)
