package alliancegraph.interop;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Just enough JSON to print a report (no parsing), so the checker needs no JSON library. */
final class Json {

    private final Map<String, Object> fields;
    private final List<Object> items;

    private Json(Map<String, Object> fields, List<Object> items) {
        this.fields = fields;
        this.items = items;
    }

    static Json object() {
        return new Json(new LinkedHashMap<>(), null);
    }

    static Json array() {
        return new Json(null, new ArrayList<>());
    }

    Json put(String key, Object value) {
        fields.put(key, value);
        return this;
    }

    Json add(Object value) {
        items.add(value);
        return this;
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder();
        write(b, this);
        return b.toString();
    }

    private static void write(StringBuilder b, Object v) {
        if (v == null) {
            b.append("null");
        } else if (v instanceof Json j && j.fields != null) {
            b.append('{');
            boolean first = true;
            for (Map.Entry<String, Object> e : j.fields.entrySet()) {
                if (!first) {
                    b.append(',');
                }
                first = false;
                string(b, e.getKey());
                b.append(':');
                write(b, e.getValue());
            }
            b.append('}');
        } else if (v instanceof Json j) {
            writeList(b, j.items);
        } else if (v instanceof List<?> list) {
            writeList(b, list);
        } else if (v instanceof Boolean || v instanceof Integer || v instanceof Long) {
            b.append(v);
        } else if (v instanceof Number n) {
            double d = n.doubleValue();
            b.append(Double.isFinite(d) ? Double.toString(d) : "null");
        } else {
            string(b, v.toString());
        }
    }

    private static void writeList(StringBuilder b, List<?> list) {
        b.append('[');
        for (int i = 0; i < list.size(); i++) {
            if (i > 0) {
                b.append(',');
            }
            write(b, list.get(i));
        }
        b.append(']');
    }

    private static void string(StringBuilder b, String s) {
        b.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        b.append('"');
    }
}
