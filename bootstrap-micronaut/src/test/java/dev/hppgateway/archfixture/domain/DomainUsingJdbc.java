package dev.hppgateway.archfixture.domain;

/** Breaks "core is framework-free": a JDBC type in the domain. */
public class DomainUsingJdbc {
  public java.sql.Connection connection;
}
