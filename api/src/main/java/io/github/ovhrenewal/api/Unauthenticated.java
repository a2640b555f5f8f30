package io.github.ovhrenewal.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an API method that OVH serves without a signature ({@code GET /auth/time},
 * {@code POST /auth/credential}): the client sends only {@code X-Ovh-Application} with it.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Unauthenticated {}
