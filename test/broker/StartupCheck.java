import java.io.File;
import java.net.URI;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.activemq.broker.BrokerFactory;
import org.apache.activemq.broker.BrokerService;

// Does the broker start from each config? Many configs in one warm JVM, each the way the launcher's start task
// (org.apache.activemq.console.command.StartCommand) starts one: BrokerFactory.createBroker("xbean:file:…"),
// start(), waitUntilStarted(); then stop(). Each DIR holds conf/activemq.xml (already made local by prepareConfig)
// and the files beside it; activemq.base/conf/data point into it while its broker starts, as the launcher sets them.
//   java -cp '/usr/share/activemq/lib/*:/usr/share/activemq/lib/optional/*' StartupCheck.java SECONDS DIR...
// One line per DIR, fields separated by tabs: DIR started, or DIR refused REASON (the exception, and its deepest cause).
public class StartupCheck {
  public static void main(String[] args) throws Exception {
    long seconds = Long.parseLong(args[0]);
    ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
      Thread t = new Thread(r);
      t.setDaemon(true);
      return t;
    });
    for (int i = 1; i < args.length; i++) {
      String dir = args[i];
      Future<String> attempt = worker.submit(() -> tryStart(dir));
      String reason;
      try {
        reason = attempt.get(seconds, TimeUnit.SECONDS);
      } catch (TimeoutException e) {
        // A broker stuck in start (a store or a lock it waits for) cannot be told to give up: report and leave.
        System.out.println(dir + "\trefused\tno start within " + seconds + " s");
        System.out.flush();
        Runtime.getRuntime().halt(3);
        return;
      }
      System.out.println(reason == null ? dir + "\tstarted" : dir + "\trefused\t" + reason.replaceAll("[\t\r\n]+", " "));
      System.out.flush();
    }
    worker.shutdownNow();
    System.exit(0);
  }

  /** null when the broker started (it is stopped again), else the reason it did not. */
  private static String tryStart(String dir) {
    File conf = new File(dir, "conf");
    System.setProperty("activemq.base", dir);
    System.setProperty("activemq.home", System.getProperty("amq.home", "/usr/share/activemq"));
    System.setProperty("activemq.conf", conf.getPath());
    System.setProperty("activemq.data", new File(dir, "data").getPath());
    BrokerService broker = null;
    try {
      broker = BrokerFactory.createBroker(new URI("xbean:file:" + new File(conf, "activemq.xml").getPath()));
      broker.start();
      if (!broker.waitUntilStarted()) {
        Throwable cause = broker.getStartException();
        return cause == null ? "the broker did not start" : text(cause);
      }
      return null;
    } catch (Throwable e) {
      return text(e);
    } finally {
      if (broker != null) {
        try {
          broker.stop();
          broker.waitUntilStopped();
        } catch (Throwable ignored) {
          // Stopping a broker that never started may fail; it holds nothing then.
        }
      }
    }
  }

  /** The exception as the launcher prints it (its toString), with the deepest cause's text when that differs. */
  private static String text(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) root = root.getCause();
    return root == e ? e.toString() : e.toString() + " | cause: " + root.toString();
  }
}
