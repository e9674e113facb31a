import java.io.BufferedReader;
import java.io.InputStreamReader;
import javax.jms.Connection;
import javax.jms.JMSException;
import javax.jms.Session;
import org.apache.activemq.ActiveMQConnectionFactory;

// What a JMS application meets with a given broker URL: ActiveMQ's own OpenWire client (Debian's jars), as an
// Alfresco repository uses it with messaging.broker.url.
//   java -cp '/usr/share/activemq/lib/*' UrlClient.java URL USER PASSWORD [wait]
// USER / PASSWORD "-" = none. Connects, starts the connection and sends one message to queue://PROBE; prints
// "sent", or "failed<TAB>EXCEPTION<TAB>MESSAGE" (the exception's class and text, the cause's when it has none).
// With "wait": after the first answer it reads one line from standard input (the test's "the broker restarted"),
// then sends once more on the same connection and prints a second answer. A connection that gets no answer in
// 20 s prints "failed<TAB>Timeout" and the program exits.
public class UrlClient {
  private static Session session;

  public static void main(String[] args) throws Exception {
    Thread watchdog = watchdog();
    Connection connection = null;
    try {
      connection = new ActiveMQConnectionFactory(none(args[1]), none(args[2]), args[0]).createConnection();
      connection.start();
      session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
      send();
      if (args.length > 3 && args[3].equals("wait")) {
        watchdog.interrupt();
        new BufferedReader(new InputStreamReader(System.in)).readLine();
        watchdog = watchdog();
        send();
      }
    } catch (Exception e) {
      report(e);
    } finally {
      watchdog.interrupt();
      if (connection != null) {
        try {
          connection.close();
        } catch (JMSException ignored) {
          // a failed connection may not close cleanly; it is gone either way
        }
      }
    }
    System.exit(0);
  }

  /** Ends the program with "failed Timeout" unless interrupted within 20 s. */
  private static Thread watchdog() {
    Thread thread = new Thread(() -> {
      try {
        Thread.sleep(20_000);
        System.out.println("failed\tTimeout\tno answer in 20 s");
        System.exit(0);
      } catch (InterruptedException e) {
        // the answer came
      }
    });
    thread.setDaemon(true);
    thread.start();
    return thread;
  }

  private static void send() {
    try {
      session.createProducer(session.createQueue("PROBE")).send(session.createTextMessage("probe"));
      System.out.println("sent");
    } catch (Exception e) {
      report(e);
    }
    System.out.flush();
  }

  private static void report(Exception e) {
    Throwable shown = e;
    if (e.getMessage() == null && e.getCause() != null) shown = e.getCause();
    System.out.println("failed\t" + shown.getClass().getSimpleName() + "\t" + String.valueOf(shown.getMessage()).replaceAll("[\t\r\n]+", " "));
    System.out.flush();
  }

  private static String none(String value) {
    return value.equals("-") ? null : value;
  }
}
