package io.github.ovhrenewal.api.model;

/**
 * A key and its value ({@code complexType.SafeKeyValue<string>}).
 *
 * @param key the key
 * @param value the value
 */
public record KeyValue(String key, String value) {}
