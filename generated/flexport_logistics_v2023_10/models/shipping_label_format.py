from enum import StrEnum


class ShippingLabelFormat(StrEnum):
    PNG = "PNG"
    ZPL203 = "ZPL203"

    def __str__(self) -> str:
        return str(self.value)
