import javax.jms.Connection;
import javax.jms.Destination;
import javax.jms.JMSException;
import javax.jms.Session;
import org.apache.activemq.ActiveMQConnectionFactory;

// What a JMS application meets: ActiveMQ's own OpenWire client (from Debian's jars), which subscribes to the
// temporary-destination advisories when the connection starts (watchTopicAdvisories, AdvisoryConsumer).
//   java -cp '/usr/share/activemq/lib/*' JmsProbe.java PORT USER PASSWORD connect|read|write [queue://X|topic://X]
// USER / PASSWORD "-" = none. Prints "allowed", or "denied <exception class>: <the broker's message>".
public class JmsProbe {
  public static void main(String[] args) throws Exception {
    String user = args[1].equals("-") ? null : args[1];
    String password = args[2].equals("-") ? null : args[2];
    Connection connection = null;
    try {
      connection = new ActiveMQConnectionFactory(user, password, "tcp://127.0.0.1:" + args[0]).createConnection();
      connection.start();
      Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
      if (!args[3].equals("connect")) {
        String name = args[4].replaceFirst("^(queue|topic)://", "");
        Destination destination = args[4].startsWith("topic://") ? session.createTopic(name) : session.createQueue(name);
        if (args[3].equals("read")) session.createConsumer(destination);
        else session.createProducer(destination).send(session.createTextMessage("probe"));
      }
      System.out.println("allowed");
    } catch (JMSException e) {
      System.out.println("denied " + e.getClass().getSimpleName() + ": " + e.getMessage());
    } finally {
      if (connection != null) {
        try {
          connection.close();
        } catch (JMSException ignored) {
          // closing a refused connection may fail again; the answer is already printed
        }
      }
    }
  }
}
