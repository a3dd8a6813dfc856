package studio.serverless.runner.pattern;

import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.regex.Pattern;

/**
 * An IPv4 or IPv6 network written as {@code address/prefix-length}. Addresses are parsed only from their
 * numeric forms (never looked up by name), so matching never touches the network.
 *
 * @param network      the network's address bits
 * @param prefixLength how many leading bits must agree
 * @param bits         32 for IPv4, 128 for IPv6
 */
record CidrBlock(BigInteger network, int prefixLength, int bits) {

    private static final Pattern IPV4 = Pattern.compile("(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})");
    private static final Pattern IPV6 = Pattern.compile("[0-9a-fA-F:.]*:[0-9a-fA-F:.]*");

    /** Parses {@code 10.0.0.0/24} or {@code 2001:db8::/32}; a PatternException when malformed. */
    static CidrBlock parse(String text) {
        int slash = text.indexOf('/');
        byte[] address = slash < 0 ? null : address(text.substring(0, slash));
        int length;
        try {
            length = slash < 0 ? -1 : Integer.parseInt(text.substring(slash + 1));
        } catch (NumberFormatException e) {
            length = -1;
        }
        if (address == null || length < 0 || length > address.length * 8) {
            throw new PatternException("Malformed CIDR, one '/' required: " + text);
        }
        return new CidrBlock(new BigInteger(1, address), length, address.length * 8);
    }

    /** Whether {@code text}, a numeric IP address of the same family, lies in this network. */
    boolean contains(String text) {
        byte[] address = address(text);
        if (address == null || address.length * 8 != bits) {
            return false;
        }
        int shift = bits - prefixLength;
        return new BigInteger(1, address).shiftRight(shift).equals(network.shiftRight(shift));
    }

    private static byte[] address(String text) {
        java.util.regex.Matcher ipv4 = IPV4.matcher(text);
        if (ipv4.matches()) {
            byte[] bytes = new byte[4];
            for (int i = 0; i < 4; i++) {
                int part = Integer.parseInt(ipv4.group(i + 1));
                if (part > 255) {
                    return null;
                }
                bytes[i] = (byte) part;
            }
            return bytes;
        }
        if (!IPV6.matcher(text).matches()) {
            return null;
        }
        try {
            return InetAddress.getByName(text).getAddress();
        } catch (UnknownHostException e) {
            return null;
        }
    }
}
