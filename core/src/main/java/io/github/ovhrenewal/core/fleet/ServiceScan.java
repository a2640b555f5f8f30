package io.github.ovhrenewal.core.fleet;

import io.github.ovhrenewal.api.model.ExpandedService;
import io.github.ovhrenewal.api.model.ServiceDetails;
import io.github.ovhrenewal.core.exception.OvhDecodingException;
import io.github.ovhrenewal.core.exception.OvhNotFoundException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import retrofit2.Call;

/**
 * Lists every service of the account in as few requests as the server allows, trying the
 * cheapest way first. Every request goes through the client's engine: signed (the pagination
 * headers are not part of the signature, which covers method, URL, body and timestamp only),
 * rate-limited and retried by its policy (they are all safe {@code GET}s).
 *
 * <p>The requests, and why each is made (N services; the client's one {@code GET /auth/time}
 * aside):
 * <ol>
 *   <li><b>The pagination mode.</b> {@code GET /services} with {@code X-Pagination-Mode:
 *       CachedObjectList-Pages}, {@code X-Pagination-Size: 5000}, {@code X-Pagination-Number: 1}:
 *       a server that knows the mode answers the services themselves ({@code
 *       services.expanded.Service}, with their expiration and renewal), 5,000 at a time, and the
 *       total in {@code X-Pagination-Elements}. Pages 2, 3... follow until that many services are
 *       read: {@code ceil(N / 5000)} requests in all, one for an empty account. Without the
 *       total header, a page holding fewer than a page's size is the last one (so one more
 *       request, answering an empty page, when N is a multiple of the size). The page size the
 *       server applied, when its {@code X-Pagination-Size} says so, counts instead of the one
 *       asked for. Each page is parsed as a stream (see {@link ServicePages}). This mode reports
 *       no progress: it is a few requests in all.
 *   <li><b>The server ignored the mode.</b> When the first element of page 1 is a number, the
 *       answer is the plain list of ids: the services are then read one by one, {@code GET
 *       /services/{id}} for each id, at most {@code concurrency} in flight: 1 + N requests.
 *   <li><b>No {@code /services} on this endpoint.</b> When page 1 answers 404, the older API
 *       lists them: {@code GET /service} for the ids, then {@code GET /service/{id}} for each, the
 *       same bounded way: 2 + N requests.
 * </ol>
 *
 * <p>A server that misbehaves in the pagination mode never yields a partial list, since a
 * service left out is a service nobody renews. Walking stops on an empty page (or a 404 past page
 * 1), on a page that adds no service not already read (a server that ignores {@code
 * X-Pagination-Number} and repeats itself), and after {@code ceil(total / size) + 1} pages (a
 * server that keeps answering). When it stops short of the announced total, or on a page that only
 * repeats, the services are listed again the plain way: {@code GET /services} without the
 * pagination headers for the ids, then {@code GET /services/{id}} each (the pages walked + 1 + N
 * requests). Services are kept once each, in the server's order.
 *
 * <p>In the per-id ways, a service that vanished between the list and its read (404 on its own
 * {@code GET}) is left out, not an error: it no longer exists to be renewed. Any other failure
 * stops the listing and is thrown. The listener hears of each service read, with done and total
 * counted over the ids (a vanished service counts as done but is not reported).
 */
final class ServiceScan {
  /** Services asked for per page; the pagination mode accepts far more, and 5,000 keeps a page's body a few megabytes. */
  static final int PAGE_SIZE = 5000;
  /** Pages walked at most when the server gives no total: 5,000,000 services, beyond any account. */
  static final int MAX_PAGES = 1000;

  private final FleetContext context;
  private final ServicePages pages;

  ServiceScan(FleetContext context) {
    this.context = context;
    this.pages = new ServicePages(context.executor(), context.servicesApi());
  }

  /**
   * Every service of the account.
   *
   * @param listener told of each service read, in the per-id ways only
   * @return the services, in the server's order, each once
   */
  List<ServiceSummary> summaries(ProgressListener<? super ServiceSummary> listener) {
    ServicePages.Page first;
    try {
      first = pages.read(1, PAGE_SIZE);
    } catch (OvhNotFoundException e) {
      return fromServiceApi(listener);
    }
    if (first.holdsIds()) {
      return fromServicesApi(first.ids(), listener);
    }
    List<ServiceSummary> walked = walk(first);
    if (walked != null) {
      return walked;
    }
    return fromServicesApi(orEmpty(context.executor().execute(context.servicesApi().listServices(null, null))), listener);
  }

  /**
   * Follows the pages from the first one.
   *
   * @return every service, or null when the pages stopped short of what they announced
   */
  private List<ServiceSummary> walk(ServicePages.Page first) {
    Long total = first.total();
    int size = first.size() == null ? PAGE_SIZE : first.size();
    long maxPages = total == null ? MAX_PAGES : Math.min(MAX_PAGES, ceilDiv(total, size) + 1);
    Set<Long> seen = new HashSet<>();
    List<ServiceSummary> all = new ArrayList<>();
    ServicePages.Page page = first;
    int number = 1;
    while (true) {
      int added = 0;
      for (ServiceSummary service : page.services()) {
        if (seen.add(service.serviceId())) {
          all.add(service);
          added++;
        }
      }
      if (total != null && all.size() >= total) {
        return all;
      }
      if (page.services().isEmpty()) {
        // The list ended: complete unless a total said there was more.
        return total == null ? all : null;
      }
      if (added == 0) {
        // The server repeats a page it already gave: the pages are not to be trusted.
        return null;
      }
      if (total == null && page.services().size() < size) {
        return all;
      }
      if (number >= maxPages) {
        return null;
      }
      number++;
      page = next(number);
    }
  }

  /** A later page; a server that answers 404 past the last page has given them all. */
  private ServicePages.Page next(int number) {
    try {
      return pages.read(number, PAGE_SIZE);
    } catch (OvhNotFoundException e) {
      return new ServicePages.Page(List.of(), null, null, null);
    }
  }

  /** The ids of {@code /services}, then {@code GET /services/{id}} for each, bounded. */
  private List<ServiceSummary> fromServicesApi(List<Long> ids, ProgressListener<? super ServiceSummary> listener) {
    return present(context.runner().map(ids, id -> {
      Call<ExpandedService> call = context.servicesApi().getService(id);
      try {
        return ServiceSummary.from(required(context.executor().execute(call), call));
      } catch (OvhNotFoundException vanished) {
        return null;
      }
    }, reporting(listener)));
  }

  /** {@code GET /service}, then {@code GET /service/{id}} for each id, bounded: an endpoint without {@code /services}. */
  private List<ServiceSummary> fromServiceApi(ProgressListener<? super ServiceSummary> listener) {
    List<Long> ids = orEmpty(context.executor().execute(context.serviceApi().listServices()));
    return present(context.runner().map(ids, id -> {
      Call<ServiceDetails> call = context.serviceApi().getService(id);
      try {
        return ServiceSummary.from(id, required(context.executor().execute(call), call));
      } catch (OvhNotFoundException vanished) {
        return null;
      }
    }, reporting(listener)));
  }

  /** Passes on the services read; a vanished one (null) is counted in {@code done} but not reported. */
  private static ProgressListener<ServiceSummary> reporting(ProgressListener<? super ServiceSummary> listener) {
    return (done, total, service) -> {
      if (service != null) {
        listener.progressed(done, total, service);
      }
    };
  }

  private static List<ServiceSummary> present(List<ServiceSummary> results) {
    List<ServiceSummary> present = new ArrayList<>(results.size());
    for (ServiceSummary result : results) {
      if (result != null) {
        present.add(result);
      }
    }
    return present;
  }

  /** A 204 is the one way the engine returns null; a service read must have a body. */
  private static <T> T required(T value, Call<?> call) {
    if (value == null) {
      throw new OvhDecodingException(
          "GET " + call.request().url().encodedPath() + ": the answer had no body, expected a service", null, null, null);
    }
    return value;
  }

  private static List<Long> orEmpty(List<Long> ids) {
    return ids == null ? List.of() : ids;
  }

  private static long ceilDiv(long dividend, int divisor) {
    return (dividend + divisor - 1) / divisor;
  }
}
