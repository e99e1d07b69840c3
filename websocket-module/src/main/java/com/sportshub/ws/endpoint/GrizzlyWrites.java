package com.sportshub.ws.endpoint;

import java.lang.reflect.Field;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.logging.Logger;

/**
 * Writes bytes to a WebSocket's TCP connection through Grizzly's asynchronous write queue, the
 * queue every write of that connection ends in, so frames keep their order with those Tyrus writes
 * itself (pings, close).
 *
 * <p>Why: on Payara, Tyrus writes each frame through the servlet output stream, which runs
 * Grizzly's HTTP filter chain for every frame of an upgraded connection; at 50,000 frames a second
 * that chain was most of the delivery thread's time. The connection is reached through private
 * fields of Tyrus's servlet writer and Payara's output buffer (found by name, once per connection);
 * where any is missing the link keeps writing through Tyrus.
 */
final class GrizzlyWrites {

  private static final Logger LOG = Logger.getLogger(GrizzlyWrites.class.getName());
  private static final String[] PATH = {
    "protocolHandler", "writer", "servletOutputStream", "ob", "grizzlyOutputBuffer", "connection"
  };
  private static volatile boolean reported;

  private final Object connection;
  private final Object writer;
  private final Method write;
  private final Object memory;
  private final Method wrap;
  private final Object whenDone;

  private GrizzlyWrites(
      Object connection, Object writer, Method write, Object memory, Method wrap, Object whenDone) {
    this.connection = connection;
    this.writer = writer;
    this.write = write;
    this.memory = memory;
    this.wrap = wrap;
    this.whenDone = whenDone;
  }

  /**
   * The connection under a Tyrus socket that has written once, or null when out of reach.
   *
   * @param done called when each write has reached the socket (or failed): on the writing thread
   *     when the socket took it all at once, else on Grizzly's selector thread
   */
  static GrizzlyWrites of(Object tyrusSocket, Runnable done) {
    try {
      Object at = tyrusSocket;
      for (String name : PATH) {
        Field field = SessionLinks.field(at.getClass(), name);
        if (field == null) {
          return unreachable("no field " + name + " in " + at.getClass().getName());
        }
        field.setAccessible(true);
        at = field.get(at);
        if (at == null) {
          return unreachable(name + " is null");
        }
      }
      ClassLoader grizzly = at.getClass().getClassLoader();
      Class<?> connectionType = grizzly.loadClass("org.glassfish.grizzly.Connection");
      Class<?> messageType = grizzly.loadClass("org.glassfish.grizzly.asyncqueue.WritableMessage");
      Class<?> memoryType = grizzly.loadClass("org.glassfish.grizzly.memory.MemoryManager");
      Object transport = connectionType.getMethod("getTransport").invoke(at);
      Object queues =
          grizzly
              .loadClass("org.glassfish.grizzly.nio.NIOTransport")
              .getMethod("getAsyncQueueIO")
              .invoke(transport);
      Object writer =
          grizzly
              .loadClass("org.glassfish.grizzly.asyncqueue.AsyncQueueIO")
              .getMethod("getWriter")
              .invoke(queues);
      Class<?> handlerType = grizzly.loadClass("org.glassfish.grizzly.CompletionHandler");
      Method write =
          grizzly
              .loadClass("org.glassfish.grizzly.Writer")
              .getMethod("write", connectionType, messageType, handlerType);
      Object memory = connectionType.getMethod("getMemoryManager").invoke(at);
      Method wrap =
          grizzly
              .loadClass("org.glassfish.grizzly.memory.Buffers")
              .getMethod("wrap", memoryType, byte[].class);
      if (!reported) {
        reported = true;
        LOG.info("writing frames straight to Grizzly's write queue");
      }
      Object whenDone =
          Proxy.newProxyInstance(grizzly, new Class<?>[] {handlerType}, calling(done));
      return new GrizzlyWrites(at, writer, write, memory, wrap, whenDone);
    } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
      return unreachable(e.toString());
    }
  }

  /** Grizzly's completion handler: completed, failed or cancelled all mean the write is over. */
  private static InvocationHandler calling(Runnable done) {
    return (proxy, method, args) ->
        switch (method.getName()) {
          case "completed", "failed", "cancelled" -> {
            done.run();
            yield null;
          }
          case "hashCode" -> System.identityHashCode(proxy);
          case "equals" -> proxy == args[0];
          case "toString" -> "hub write";
          default -> null; // updated: part written, more to come
        };
  }

  private static GrizzlyWrites unreachable(String why) {
    if (!reported) {
      reported = true;
      LOG.info(
          () -> "frames go through Tyrus: Grizzly's write queue is out of reach (" + why + ")");
    }
    return null;
  }

  void write(byte[] bytes) throws InvocationTargetException, IllegalAccessException {
    write.invoke(writer, connection, wrap.invoke(null, memory, bytes), whenDone);
  }
}
