package dev.hppgateway.sandbox.optty;

import java.math.BigDecimal;

/**
 * One item of a link: the docs declare strings but send objects {itemName, sku, quantity, price};
 * both are kept.
 */
record OpttyItem(String name, long quantity, BigDecimal price) {}
