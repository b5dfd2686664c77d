package dev.hppgateway.sandbox;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** Request bodies as the adapters send them, in one place. */
final class Payloads {

  private Payloads() {}

  /** 1,234.50 SEK: two lines, 25 % VAT. */
  static String kpSession() {
    return """
                {"purchase_country":"SE","purchase_currency":"SEK","locale":"sv-SE",
                 "order_amount":123450,"order_tax_amount":24690,
                 "order_lines":[
                   {"type":"physical","reference":"SKU-1","name":"Running shoes","quantity":1,"unit_price":99900,
                    "tax_rate":2500,"total_amount":99900,"total_tax_amount":19980},
                   {"type":"physical","reference":"SKU-2","name":"Sport socks","quantity":3,"unit_price":7850,
                    "tax_rate":2500,"total_amount":23550,"total_tax_amount":4710}],
                 "merchant_reference1":"order-42"}""";
  }

  static String kcoOrder(String pushUrl) {
    return """
                {"purchase_country":"SE","purchase_currency":"SEK","locale":"sv-SE",
                 "order_amount":50000,"order_tax_amount":10000,
                 "order_lines":[{"type":"physical","name":"Rain jacket","quantity":1,"unit_price":50000,
                    "tax_rate":2500,"total_amount":50000,"total_tax_amount":10000}],
                 "merchant_urls":{"terms":"https://shop.example/terms","checkout":"https://shop.example/checkout",
                    "confirmation":"https://shop.example/confirmation?order={checkout.order.id}","push":"%s"}}"""
        .formatted(pushUrl);
  }

  static String hpp(String paymentSessionUrl, String merchantUrlsJson) {
    return """
                {"payment_session_url":"%s","merchant_urls":%s,"options":{"page_title":"Pay for order 42"}}"""
        .formatted(paymentSessionUrl, merchantUrlsJson);
  }

  static String opttyLink(String invoiceNumber) {
    String due = Instant.now().plus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString();
    return """
                {"email":"shopper@example.com","price":119.90,"phoneNumber":"+61400000000",
                 "description":"Invoice %s","currency":"AUD","invoiceNumber":"%s","referenceName":"Jane Doe",
                 "dueDate":"%s","subTotal":109.00,"taxAmount":10.90,"enableTipping":false,
                 "items":[{"itemName":"Yoga mat","sku":"YM-1","quantity":1,"price":119.90}],"hideTax":false}"""
        .formatted(invoiceNumber, invoiceNumber, due);
  }
}
