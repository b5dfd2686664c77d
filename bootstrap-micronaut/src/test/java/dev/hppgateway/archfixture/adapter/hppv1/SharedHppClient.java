package dev.hppgateway.archfixture.adapter.hppv1;

/** The shared HPP v1 client both adapters may use. */
public class SharedHppClient {}
