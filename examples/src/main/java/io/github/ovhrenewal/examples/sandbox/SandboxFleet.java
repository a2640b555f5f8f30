package io.github.ovhrenewal.examples.sandbox;

import static io.github.ovhrenewal.examples.sandbox.SandboxSeed.prices;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A generated fleet: domains, web hostings (some with a private SQL add-on), VPS, dedicated servers
 * (some with a backup storage add-on) and a few vRacks that never expire. Expirations spread over
 * the next 400 days, a few already past; renewal mostly manual, some automatic; periods from a
 * month to three years; a few services whose termination is pending and a few whose offers lack
 * their current period. Deterministic: the same size and day give the same fleet.
 */
final class SandboxFleet {

  /** The id of the first generated service; the others follow one by one. */
  static final long FIRST_ID = 20_000_001L;

  /** The largest fleet a sandbox accepts: far more than any test needs, small enough for memory. */
  static final int MAX_SIZE = 100_000;

  private static final long SEED = 20_240_611L;

  private static final String[] WORDS = {
    "acme", "blog", "shop", "studio", "cloud", "data", "green", "media", "travel", "lab", "north",
    "pixel"
  };
  private static final String[] ROLES = {"web", "db", "cache", "ci", "mail", "api", "lb", "worker"};

  private static final List<SandboxProduct> DOMAINS = List.of(
      domain("com", "13.99"), domain("fr", "9.99"), domain("net", "15.49"), domain("eu", "8.99"),
      domain("org", "14.99"), domain("ovh", "3.99"));
  private static final List<SandboxProduct> HOSTINGS = List.of(
      new SandboxProduct("Hosting Perso", "Hosting Perso", "perso2014", prices("P1M", "4.99", "P1Y", "47.88")),
      new SandboxProduct("Hosting Pro", "Hosting Pro", "pro2014", prices("P1M", "9.99", "P1Y", "95.88")),
      new SandboxProduct(
          "Hosting Performance 1", "Hosting Performance", "perf2014x1", prices("P1M", "21.99", "P1Y", "215.88")));
  private static final List<SandboxProduct> VPS = List.of(
      SandboxSeed.VPS,
      new SandboxProduct(
          "VPS Essential 2-4-80", "VPS Essential", "vps-essential-2-4-80",
          prices("P1M", "13.00", "P3M", "39.00", "P6M", "78.00", "P1Y", "156.00")),
      new SandboxProduct(
          "VPS Comfort 4-8-160", "VPS Comfort", "vps-comfort-4-8-160",
          prices("P1M", "26.00", "P3M", "78.00", "P6M", "156.00", "P1Y", "312.00")));
  private static final List<SandboxProduct> SERVERS = List.of(
      SandboxSeed.DEDICATED,
      new SandboxProduct(
          "Dedicated server Advance-1", "Advance-1", "24adv01",
          prices("P1M", "89.99", "P3M", "269.97", "P6M", "539.94", "P1Y", "1079.88")),
      new SandboxProduct(
          "Dedicated server Scale-a1", "Scale-a1", "24sca01",
          prices("P1M", "319.99", "P3M", "959.97", "P6M", "1919.94", "P1Y", "3839.88")));
  private static final SandboxProduct BACKUP_STORAGE =
      new SandboxProduct(
          "Backup Storage 500 GB", "Backup Storage", "backup-storage-500", prices("P1M", "10.00", "P1Y", "120.00"));
  private static final SandboxProduct PRIVATE_SQL =
      new SandboxProduct("Private SQL 512 MB", "Private SQL", "private-sql-512", prices("P1M", "4.99", "P1Y", "59.88"));
  private static final SandboxProduct VRACK = new SandboxProduct("vRack", "vRack", "vrack", Map.of());

  private final Random random = new Random(SEED);
  private final LocalDate today;
  private final List<SandboxService> services = new ArrayList<>();
  private final int size;

  private SandboxFleet(int size, LocalDate today) {
    this.size = size;
    this.today = today;
  }

  /**
   * Generates {@code size} services with ids from {@link #FIRST_ID}, add-ons right after their
   * parent, every expiration relative to {@code today}.
   */
  static List<SandboxService> generate(int size, LocalDate today) {
    if (size < 0 || size > MAX_SIZE) {
      throw new IllegalArgumentException(
          "fleet size must be between 0 and " + MAX_SIZE + ", was " + size);
    }
    SandboxFleet fleet = new SandboxFleet(size, today);
    while (fleet.services.size() < size) {
      fleet.addOne();
    }
    return List.copyOf(fleet.services);
  }

  private void addOne() {
    int draw = random.nextInt(100);
    if (draw < 40) {
      SandboxProduct product = pick(DOMAINS);
      String name = WORDS[index() % WORDS.length] + "-" + digits(index()) + "." + product.planCode();
      add(service(null, product, "/domain/{serviceName}", name, name, name,
          period(product, 85, 10, 5), expiration()));
    } else if (draw < 60) {
      SandboxProduct product = pick(HOSTINGS);
      String name = "site-" + digits(index()) + "." + (random.nextBoolean() ? "fr" : "com");
      SandboxService hosting = add(service(null, product, "/hosting/web/{serviceName}", name, name, name,
          period(product, 30, 70), expiration()));
      if (random.nextInt(100) < 30 && !full()) {
        String sql = "sq" + digits(index()) + "-001";
        add(service(hosting.id(), PRIVATE_SQL, "/hosting/privateDatabase/{serviceName}", sql, sql, sql,
            period(PRIVATE_SQL, 30, 70), hosting.expiration()));
      }
    } else if (draw < 85) {
      SandboxProduct product = pick(VPS);
      String name = String.format("vps-%08x.vps.ovh.net", (int) (index() * 0x9E3779B1L));
      add(service(null, product, "/vps/{serviceName}", name, name, displayName(name),
          period(product, 55, 10, 10, 25), expiration()));
    } else if (draw < 97) {
      SandboxProduct product = pick(SERVERS);
      String name = "ns" + (3_100_000 + index()) + ".ip-" + pickInt(51, 54, 137, 145, 147, 149) + "-"
          + random.nextInt(256) + "-" + random.nextInt(256) + ".eu";
      SandboxService server = add(service(null, product, "/dedicated/server/{serviceName}", name, name,
          displayName(name), period(product, 65, 10, 5, 20), expiration()));
      if (random.nextInt(100) < 50 && !full()) {
        String backup = "ftpback-" + pickString("rbx", "gra", "sbg", "bhs") + random.nextInt(1, 8) + "-"
            + (10_000 + index()) + ".ovh.net";
        add(service(server.id(), BACKUP_STORAGE, "/dedicated/server/{serviceName}/features/backupFTP",
            server.name(), backup, backup, period(BACKUP_STORAGE, 70, 30), server.expiration()));
      }
    } else {
      String name = "pn-" + (100_000 + index());
      add(new SandboxService(
          nextId(), null, VRACK, "/vrack/{serviceName}", name, name, name, List.of(), null, null,
          List.of(), creation(), null, List.of()));
    }
  }

  /**
   * A renewable service: mostly manual, some automatic, a few with their termination pending, a
   * few whose offers lack their current period.
   */
  private SandboxService service(
      Long parentId, SandboxProduct product, String routePath, String routeValue, String name,
      String displayName, String period, LocalDate expiration) {
    List<String> offered = new ArrayList<>(product.prices().keySet());
    if (random.nextInt(100) < 2) {
      offered.remove(period);
    }
    boolean terminating = random.nextInt(100) < 3;
    String mode = !terminating && random.nextInt(100) < 30 ? SandboxService.AUTOMATIC : SandboxService.MANUAL;
    long id = nextId();
    // One in ten manual services may not be switched to automatic renewal (as some commitments
    // forbid): a bulk change meets refusals. Decided from the id, so the random sequence that
    // shapes the rest of the fleet is not disturbed.
    List<String> modes = mode.equals(SandboxService.MANUAL) && id % 10 == 7 ? List.of(SandboxService.MANUAL) : SandboxService.BOTH_MODES;
    return new SandboxService(
        id, parentId, product, routePath, routeValue, name, displayName, offered, mode, period,
        terminating ? List.of(SandboxService.TERMINATE_AT_EXPIRATION) : List.of(), creation(),
        expiration, modes);
  }

  /** A few already expired days ago, the others over the next 400 days, today included. */
  private LocalDate expiration() {
    if (random.nextInt(100) < 3) {
      return today.minusDays(random.nextInt(1, 8));
    }
    return today.plusDays(random.nextInt(401));
  }

  private LocalDate creation() {
    return today.minusDays(30 + random.nextInt(2_000));
  }

  /** A custom name for one in five machines, as teams name their servers. */
  private String displayName(String name) {
    return random.nextInt(100) < 20 ? ROLES[random.nextInt(ROLES.length)] + "-" + digits(index()) : name;
  }

  /** One of the product's periods, in its order, with these weights in percent. */
  private String period(SandboxProduct product, int... weights) {
    List<String> periods = new ArrayList<>(product.prices().keySet());
    int draw = random.nextInt(100);
    for (int i = 0; i < weights.length; i++) {
      draw -= weights[i];
      if (draw < 0) {
        return periods.get(i);
      }
    }
    return periods.get(periods.size() - 1);
  }

  private SandboxService add(SandboxService service) {
    services.add(service);
    return service;
  }

  /** The next service's rank in the fleet: unique, the base of unique names. */
  private int index() {
    return services.size();
  }

  private long nextId() {
    return FIRST_ID + services.size();
  }

  private boolean full() {
    return services.size() >= size;
  }

  private <T> T pick(List<T> values) {
    return values.get(random.nextInt(values.size()));
  }

  private int pickInt(int... values) {
    return values[random.nextInt(values.length)];
  }

  private String pickString(String... values) {
    return values[random.nextInt(values.length)];
  }

  private static String digits(int index) {
    String text = Integer.toString(index);
    return text.length() >= 5 ? text : "00000".substring(text.length()) + text;
  }

  private static SandboxProduct domain(String tld, String yearly) {
    BigDecimal price = SandboxMoney.eur(yearly);
    return new SandboxProduct(
        "Domain ." + tld, "Domain name", tld,
        prices("P1Y", yearly, "P2Y", price.multiply(BigDecimal.valueOf(2)).toPlainString(),
            "P3Y", price.multiply(BigDecimal.valueOf(3)).toPlainString()));
  }
}
