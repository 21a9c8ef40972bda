package no.ks.ledergaloppen.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import no.ks.ledergaloppen.ServerTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * How much of a multipart upload the server takes in before it refuses it: Tomcat keeps every part on disk
 * while it parses, so without a cap anyone could fill the disk, logged in or not.
 */
@ServerTest
class UploadLimitsTest {

    private static final long MB = 1024 * 1024;

    @LocalServerPort
    int port;

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void a_visitor_posting_a_huge_multipart_body_straight_to_vaadins_servlet_is_cut_off_near_the_upload_limit()
            throws IOException {
        assertThat(bytesTakenIn("/vaadinServlet/anything", 100 * MB)).isLessThan(40 * MB);
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void a_visitor_posting_a_huge_multipart_body_to_a_page_is_cut_off_near_the_upload_limit() throws IOException {
        assertThat(bytesTakenIn("/login", 100 * MB)).isLessThan(40 * MB);
    }

    /** Sends a multipart body of {@code size} bytes in chunks until the server stops reading; how much got in. */
    private long bytesTakenIn(String path, long size) throws IOException {
        String boundary = "----grense";
        long sent = 0;
        try (Socket socket = new Socket("localhost", port)) {
            OutputStream out = socket.getOutputStream();
            try {
                out.write(("POST " + path + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: multipart/form-data; boundary="
                        + boundary + "\r\nTransfer-Encoding: chunked\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                chunk(out, ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"stor.bin\"\r\n"
                        + "Content-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                byte[] zeros = new byte[64 * 1024];
                while (sent < size) {
                    chunk(out, zeros);
                    sent += zeros.length;
                }
                chunk(out, ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));
                out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                out.flush();
                socket.getInputStream().read(); // the whole body went in; wait for the answer
            } catch (IOException closedByTheServer) {
                // the server answered and closed the connection without reading the rest
            }
        }
        return sent;
    }

    private static void chunk(OutputStream out, byte[] data) throws IOException {
        out.write((Integer.toHexString(data.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.write(data);
        out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
    }
}
