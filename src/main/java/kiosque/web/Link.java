package kiosque.web;

/** A label and where it leads; what templates print for navigation, topics, bylines. */
public record Link(String label, String href) {}
