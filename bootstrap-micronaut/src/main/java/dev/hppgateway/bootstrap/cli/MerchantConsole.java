package dev.hppgateway.bootstrap.cli;

import dev.hppgateway.application.port.out.persistence.MerchantRepository;
import dev.hppgateway.bootstrap.api.ApiKeys;
import dev.hppgateway.domain.DomainValidationException;
import dev.hppgateway.domain.Merchant;
import dev.hppgateway.domain.MerchantId;
import java.io.PrintStream;
import java.util.List;

/**
 * Runs a {@link MerchantCommand} against the merchants of a store, writing what the operator reads.
 * A new API key is printed once, here, and never again: only its hash is stored. Nothing it prints
 * holds a key hash or a webhook secret.
 */
final class MerchantConsole {
  static final String SHOWN_ONCE =
      "This key is shown only now and cannot be shown again: store it safely (only its hash is kept).";

  private final MerchantRepository merchants;
  private final PrintStream out;

  MerchantConsole(MerchantRepository merchants, PrintStream out) {
    this.merchants = merchants;
    this.out = out;
  }

  /**
   * Runs the command.
   *
   * @throws UsageException when a value is not valid for a merchant (the name's length, the webhook
   *     URL)
   * @throws CommandFailedException when the store says no: an unknown or already existing merchant
   */
  void run(MerchantCommand command) {
    if (command instanceof MerchantCommand.Add add) {
      add(add);
    } else if (command instanceof MerchantCommand.ListAll) {
      list();
    } else if (command instanceof MerchantCommand.RotateKey rotate) {
      rotate(rotate);
    } else if (command instanceof MerchantCommand.RetirePreviousKey retire) {
      retire(retire.id());
    } else if (command instanceof MerchantCommand.RotateWebhookSecret rotate) {
      rotateWebhookSecret(rotate);
    } else if (command instanceof MerchantCommand.RetirePreviousWebhookSecret retire) {
      retireWebhookSecret(retire.id());
    } else {
      out.println(MerchantCommand.USAGE);
    }
  }

  private void add(MerchantCommand.Add add) {
    if (merchants.findById(add.id()).isPresent()) {
      throw new CommandFailedException("merchant '" + add.id() + "' already exists");
    }
    String key = ApiKeys.generate();
    Merchant merchant;
    try {
      merchant =
          new Merchant(
              add.id(), add.name(), ApiKeys.hash(key), add.webhookUrl(), add.webhookSecret(), null);
    } catch (DomainValidationException e) {
      throw new UsageException(option(e.field()) + " " + e.reason());
    }
    merchants.save(merchant);
    out.println("Added merchant '" + add.id() + "'.");
    printKey(key);
  }

  private void list() {
    List<Merchant> all = merchants.findAll();
    if (all.isEmpty()) {
      out.println("No merchants.");
      return;
    }
    String format = "%-24s %-30s %-9s %-9s %s%n";
    out.printf(format, "ID", "NAME", "API KEYS", "SECRET", "WEBHOOK URL");
    for (Merchant merchant : all) {
      out.printf(
          format,
          merchant.id(),
          merchant.name(),
          merchant.hasPreviousApiKey() ? "2 (+prev)" : "1",
          merchant.webhookSecretRef() == null
              ? "-"
              : merchant.hasPreviousWebhookSecret() ? "2 (+prev)" : "set",
          merchant.webhookUrl() == null ? "-" : merchant.webhookUrl());
    }
  }

  private void rotate(MerchantCommand.RotateKey rotate) {
    Merchant merchant = existing(rotate.id());
    String key = ApiKeys.generate();
    Merchant rotated = merchant.withRotatedApiKey(ApiKeys.hash(key));
    if (rotate.retirePrevious()) {
      rotated = rotated.withoutPreviousApiKey();
    }
    merchants.save(rotated);
    out.println("New API key for merchant '" + rotate.id() + "'.");
    printKey(key);
    if (rotate.retirePrevious()) {
      out.println("Every older key of this merchant stopped working.");
    } else {
      out.println(
          "The previous key keeps working until 'merchants retire-previous-key --id "
              + rotate.id()
              + "'"
              + (merchant.hasPreviousApiKey() ? "; the one before it stopped working." : "."));
    }
  }

  private void retire(MerchantId id) {
    Merchant merchant = existing(id);
    if (!merchant.hasPreviousApiKey()) {
      out.println("Merchant '" + id + "' has no previous API key: nothing to retire.");
      return;
    }
    merchants.save(merchant.withoutPreviousApiKey());
    out.println(
        "Retired the previous API key of merchant '" + id + "': only the current one works.");
  }

  private void rotateWebhookSecret(MerchantCommand.RotateWebhookSecret rotate) {
    Merchant merchant = existing(rotate.id());
    if (rotate.webhookSecret().equals(merchant.webhookSecretRef())) {
      throw new UsageException("--webhook-secret is the merchant's current webhook secret");
    }
    boolean hadSecret = merchant.webhookSecretRef() != null;
    merchants.save(
        hadSecret
            ? merchant.withRotatedWebhookSecret(rotate.webhookSecret())
            : merchant.withProfile(merchant.name(), merchant.webhookUrl(), rotate.webhookSecret()));
    out.println("New webhook secret for merchant '" + rotate.id() + "'.");
    if (hadSecret) {
      out.println(
          "Webhooks are signed with it and with the previous secret until"
              + " 'merchants retire-previous-webhook-secret --id "
              + rotate.id()
              + "'"
              + (merchant.hasPreviousWebhookSecret()
                  ? "; the one before it is no longer used."
                  : "."));
    }
  }

  private void retireWebhookSecret(MerchantId id) {
    Merchant merchant = existing(id);
    if (!merchant.hasPreviousWebhookSecret()) {
      out.println("Merchant '" + id + "' has no previous webhook secret: nothing to retire.");
      return;
    }
    merchants.save(merchant.withoutPreviousWebhookSecret());
    out.println(
        "Retired the previous webhook secret of merchant '"
            + id
            + "': webhooks are signed with the current one only.");
  }

  private Merchant existing(MerchantId id) {
    return merchants
        .findById(id)
        .orElseThrow(() -> new CommandFailedException("no merchant '" + id + "'"));
  }

  private void printKey(String key) {
    out.println("API key: " + key);
    out.println(SHOWN_ONCE);
  }

  private static String option(String field) {
    return switch (field) {
      case "merchant_id" -> "--id";
      case "webhook_secret_ref" -> "--webhook-secret";
      default -> "--" + field.replace('_', '-');
    };
  }
}
