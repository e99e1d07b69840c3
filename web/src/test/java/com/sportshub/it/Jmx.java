package com.sportshub.it;

import com.sun.tools.attach.VirtualMachine;
import java.io.IOException;
import javax.management.MBeanServerConnection;
import javax.management.ObjectName;
import javax.management.remote.JMXConnector;
import javax.management.remote.JMXConnectorFactory;
import javax.management.remote.JMXServiceURL;

/**
 * A JMX connection to a hub's JVM as an operator's console makes one on the same machine: through
 * the JDK's attach API and the JVM's local management agent, so no remote JMX port is opened.
 */
final class Jmx implements AutoCloseable {

  private final JMXConnector connector;
  private final MBeanServerConnection server;

  private Jmx(JMXConnector connector) throws IOException {
    this.connector = connector;
    this.server = connector.getMBeanServerConnection();
  }

  static Jmx attach(long pid) throws Exception {
    VirtualMachine vm = VirtualMachine.attach(Long.toString(pid));
    try {
      return new Jmx(
          JMXConnectorFactory.connect(new JMXServiceURL(vm.startLocalManagementAgent())));
    } finally {
      vm.detach();
    }
  }

  Object attribute(String bean, String attribute) throws Exception {
    return server.getAttribute(new ObjectName(bean), attribute);
  }

  void invoke(String bean, String operation) throws Exception {
    server.invoke(new ObjectName(bean), operation, new Object[0], new String[0]);
  }

  @Override
  public void close() throws IOException {
    connector.close();
  }
}
