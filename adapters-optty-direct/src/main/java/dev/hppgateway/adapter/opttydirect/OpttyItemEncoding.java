package dev.hppgateway.adapter.opttydirect;

/**
 * How order lines go into {@code CustomHppDto.items}. Optty's schema declares {@code items} as a
 * list of strings, yet its documentation examples send objects {@code {itemName, sku, quantity,
 * price}}; which one the live API accepts is unverified, so it is a setting.
 */
public enum OpttyItemEncoding {
  /** Each line as a JSON object, as in Optty's documentation examples (the default). */
  OBJECTS,
  /** Each line as a string holding the same object serialized as JSON, as the schema declares. */
  JSON_STRINGS
}
