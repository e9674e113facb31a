import java.io.BufferedReader;
import java.io.InputStreamReader;
import javax.jms.Connection;
import javax.jms.JMSException;
import javax.jms.Session;
import org.apache.activemq.ActiveMQConnectionFactory;

// What a JMS application meets with a given broker URL: ActiveMQ's own OpenWire client (Debian's jars), as an
// Alfresco repository uses it with messaging.broker.url.
//   java -cp '/usr/share/activemq/lib/*' UrlClient.java USER PASSWORD URL...
//   java -cp '/usr/share/activemq/lib/*' UrlClient.java USER PASSWORD wait URL
// USER / PASSWORD "-" = none. For each URL in turn: connects, starts the connection and sends one message to
// queue://PROBE; prints "sent", or "failed<TAB>EXCEPTION<TAB>MESSAGE" (the exception's class and text, the cause's
// when it has none). With "wait": after the answer it reads one line from standard input (the test's "the broker
// restarted"), then sends once more on the same connection and prints a second answer. A step that gets no answer
// in 20 s prints "failed<TAB>Timeout" and the program exits.
public class UrlClient {
  private static Session session;

  public static void main(String[] args) throws Exception {
    String user = none(args[0]);
    String password = none(args[1]);
    if (args[2].equals("wait")) {
      Connection connection = connect(user, password, args[3]);
      if (connection != null) {
        new BufferedReader(new InputStreamReader(System.in)).readLine();
        Thread watchdog = watchdog();
        send();
        watchdog.interrupt();
        close(connection);
      }
    } else {
      for (int i = 2; i < args.length; i++) close(connect(user, password, args[i]));
    }
    System.exit(0);
  }

  /** Connects with `url` and sends once; the connection, or null when it failed (the failure is printed). */
  private static Connection connect(String user, String password, String url) {
    Thread watchdog = watchdog();
    Connection connection = null;
    try {
      connection = new ActiveMQConnectionFactory(user, password, url).createConnection();
      connection.start();
      session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
    } catch (Exception e) {
      report(e);
      close(connection);
      return null;
    } finally {
      watchdog.interrupt();
    }
    watchdog = watchdog();
    boolean sent = send();
    watchdog.interrupt();
    if (sent) return connection;
    close(connection);
    return null;
  }

  private static void close(Connection connection) {
    if (connection == null) return;
    try {
      connection.close();
    } catch (JMSException ignored) {
      // a failed connection may not close cleanly; it is gone either way
    }
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

  private static boolean send() {
    try {
      session.createProducer(session.createQueue("PROBE")).send(session.createTextMessage("probe"));
      System.out.println("sent");
      return true;
    } catch (Exception e) {
      report(e);
      return false;
    } finally {
      System.out.flush();
    }
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
