package com.sportshub.ws.transport;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationHandler;
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

  private final Calls calls;
  private final Object connection;
  private final Object writer;
  private final Object memory;
  private final Object whenDone;

  private GrizzlyWrites(
      Calls calls, Object connection, Object writer, Object memory, Object whenDone) {
    this.calls = calls;
    this.connection = connection;
    this.writer = writer;
    this.memory = memory;
    this.whenDone = whenDone;
  }

  /**
   * Grizzly's calls, looked up once per class loader (one per server) rather than per connection.
   * The two made for every frame are method handles: {@code Method.invoke} checked the caller's
   * access on each call, about a tenth of the lanes' samples in a profile at 50,000 frames/s.
   */
  private record Calls(
      ClassLoader loader,
      Method transport,
      Method queues,
      Method queueWriter,
      Method memoryOf,
      Class<?> handlerType,
      MethodHandle write,
      MethodHandle wrap) {

    private static volatile Calls known;

    static Calls in(ClassLoader grizzly) throws ReflectiveOperationException {
      Calls calls = known;
      if (calls == null || calls.loader != grizzly) {
        calls = lookUp(grizzly);
        known = calls;
      }
      return calls;
    }

    private static Calls lookUp(ClassLoader grizzly) throws ReflectiveOperationException {
      Class<?> connectionType = grizzly.loadClass("org.glassfish.grizzly.Connection");
      Class<?> messageType = grizzly.loadClass("org.glassfish.grizzly.asyncqueue.WritableMessage");
      Class<?> memoryType = grizzly.loadClass("org.glassfish.grizzly.memory.MemoryManager");
      Class<?> handlerType = grizzly.loadClass("org.glassfish.grizzly.CompletionHandler");
      MethodHandles.Lookup lookup = MethodHandles.publicLookup();
      MethodHandle write =
          lookup
              .unreflect(
                  grizzly
                      .loadClass("org.glassfish.grizzly.Writer")
                      .getMethod("write", connectionType, messageType, handlerType))
              .asType(
                  MethodType.methodType(
                      void.class, Object.class, Object.class, Object.class, Object.class));
      MethodHandle wrap =
          lookup
              .unreflect(
                  grizzly
                      .loadClass("org.glassfish.grizzly.memory.Buffers")
                      .getMethod("wrap", memoryType, byte[].class))
              .asType(MethodType.methodType(Object.class, Object.class, byte[].class));
      return new Calls(
          grizzly,
          connectionType.getMethod("getTransport"),
          grizzly.loadClass("org.glassfish.grizzly.nio.NIOTransport").getMethod("getAsyncQueueIO"),
          grizzly.loadClass("org.glassfish.grizzly.asyncqueue.AsyncQueueIO").getMethod("getWriter"),
          connectionType.getMethod("getMemoryManager"),
          handlerType,
          write,
          wrap);
    }
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
      Calls calls = Calls.in(grizzly);
      Object queues = calls.queues().invoke(calls.transport().invoke(at));
      Object writer = calls.queueWriter().invoke(queues);
      Object memory = calls.memoryOf().invoke(at);
      if (!reported) {
        reported = true;
        LOG.info("writing frames straight to Grizzly's write queue");
      }
      Object whenDone =
          Proxy.newProxyInstance(grizzly, new Class<?>[] {calls.handlerType()}, calling(done));
      return new GrizzlyWrites(calls, at, writer, memory, whenDone);
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

  /**
   * Queues the bytes; Grizzly writes them at once when the socket takes them, else when it can.
   *
   * @throws IllegalStateException when the connection is closing or closed
   */
  void write(byte[] bytes) {
    try {
      Object buffer = (Object) calls.wrap().invokeExact(memory, bytes);
      calls.write().invokeExact(writer, connection, buffer, whenDone);
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable e) {
      // neither call declares a checked exception; one would mean Grizzly changed under us
      throw new IllegalStateException("Grizzly refused a write", e);
    }
  }
}
