package org.doudi.registry;

/** An asset as entered: {@link AssetKind}, value in yuan (≥ 0, two decimals at most), dates {@code yyyy-MM-dd}. */
public record AssetForm(String kind, String value, Boolean exempt, String description, String from, String to) {
}
