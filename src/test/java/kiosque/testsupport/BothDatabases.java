package kiosque.testsupport;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Runs every test of the class once on H2 and once on PostgreSQL. The class receives the
 * database in a field {@code @Parameter TestDatabase db;} and builds its settings with
 * {@code TestSettings.in(dir, db)}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ParameterizedClass(name = "{0}")
@EnumSource(TestDatabase.class)
public @interface BothDatabases {}
