from enum import StrEnum


class ReturnsPublicApiMarketplace(StrEnum):
    AIRSHOP = "AIRSHOP"
    AMAZON = "AMAZON"
    ARTEZA = "ARTEZA"
    BIGCOMMERCE = "BIGCOMMERCE"
    DELIVERR = "DELIVERR"
    EBAY = "EBAY"
    ETSY = "ETSY"
    FACEBOOK = "FACEBOOK"
    GOOGLE = "GOOGLE"
    INSTAGRAM = "INSTAGRAM"
    JANE = "JANE"
    JCPENNEY = "JCPENNEY"
    KROGER = "KROGER"
    MAGENTO = "MAGENTO"
    NEWEGG = "NEWEGG"
    OTHER = "OTHER"
    OVERSTOCK = "OVERSTOCK"
    SHOPIFY = "SHOPIFY"
    SKUPREME = "SKUPREME"
    TARGET = "TARGET"
    WALMART = "WALMART"
    WISH = "WISH"
    WOOCOMMERCE = "WOOCOMMERCE"

    def __str__(self) -> str:
        return str(self.value)
