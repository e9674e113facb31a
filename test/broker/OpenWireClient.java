import javax.jms.Connection;
import javax.jms.Destination;
import javax.jms.JMSException;
import javax.jms.Session;
import org.apache.activemq.ActiveMQConnectionFactory;

// What a JMS application meets: ActiveMQ's own OpenWire client (Debian's jars), with its defaults, among them
// watchTopicAdvisories=true (the client subscribes to the temporary-destination advisories when it connects).
//   java -cp '/usr/share/activemq/lib/*' OpenWireClient.java PORT STEP...
// STEP: login:USER:PASSWORD (a new connection; - for no user or no password; it is started and gets a session),
//       read:queue://X, write:topic://X (a consumer, or a producer and one message), temp-queue (a consumer on a new
//       temporary queue). One line per step, fields separated by tabs: STEP allowed, or STEP denied EXCEPTION
//       MESSAGE (the JMS exception's class and the broker's text). A refused login skips the steps up to the next
//       login.
public class OpenWireClient {
  private static Connection connection;
  private static Session session;

  public static void main(String[] args) {
    String url = "tcp://127.0.0.1:" + args[0];
    boolean loggedIn = false;
    for (int i = 1; i < args.length; i++) {
      String step = args[i];
      if (!step.startsWith("login:") && !loggedIn) continue;
      try {
        if (step.startsWith("login:")) {
          close();
          loggedIn = false;
          String[] parts = step.split(":", 3);
          connection = new ActiveMQConnectionFactory(none(parts[1]), none(parts[2]), url).createConnection();
          connection.start();
          session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
          loggedIn = true;
        } else if (step.equals("temp-queue")) {
          session.createConsumer(session.createTemporaryQueue()).close();
        } else if (step.startsWith("read:")) {
          session.createConsumer(destination(step.substring(5))).close();
        } else if (step.startsWith("write:")) {
          session.createProducer(destination(step.substring(6))).send(session.createTextMessage("probe"));
        } else {
          throw new IllegalArgumentException("unknown step " + step);
        }
        System.out.println(step + "\tallowed");
      } catch (JMSException e) {
        System.out.println(step + "\tdenied\t" + e.getClass().getSimpleName() + "\t" + oneLine(String.valueOf(e.getMessage())));
      }
    }
    close();
  }

  private static String none(String value) {
    return value.equals("-") ? null : value;
  }

  private static Destination destination(String name) throws JMSException {
    if (name.startsWith("queue://")) return session.createQueue(name.substring(8));
    if (name.startsWith("topic://")) return session.createTopic(name.substring(8));
    throw new IllegalArgumentException("queue://NAME or topic://NAME, not " + name);
  }

  private static void close() {
    if (connection == null) return;
    try {
      connection.close();
    } catch (JMSException ignored) {
      // A connection the broker refused may fail to close; it is gone either way.
    }
    connection = null;
  }

  private static String oneLine(String text) {
    return text.replaceAll("[\t\r\n]+", " ");
  }
}
