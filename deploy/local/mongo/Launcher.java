import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;

/**
 * Starts mongo-java-server's in-memory backend on 127.0.0.1:<port> and runs until killed.
 * Run from source (JDK 11+): java -cp 'lib/*' Launcher.java <port>
 */
public class Launcher {
  public static void main(String[] args) throws InterruptedException {
    int port = args.length > 0 ? Integer.parseInt(args[0]) : 37017;
    MongoServer server = new MongoServer(new MemoryBackend());
    // Loopback only: the server has no authentication.
    server.bind("127.0.0.1", port);
    Runtime.getRuntime().addShutdownHook(new Thread(server::shutdownNow));
    System.out.println("mongo-java-server listening on 127.0.0.1:" + port);
    Thread.currentThread().join();
  }
}
