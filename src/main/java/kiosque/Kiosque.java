package kiosque;
public final class Kiosque { public static void main(String[] a) {} }
