# Sourced by bin/kiosque and .ci/run: exports JAVA_HOME pointing at a JDK 21 or newer when the
# current one (or the default java) is older, and MAVEN_OPTS quiet on JDK 24+.
java_major() { "$1" -version 2>&1 | awk -F'"' '/version/ {split($2, v, "."); print v[1]; exit}'; }

current_java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
if ! command -v "$current_java" >/dev/null 2>&1 || [ "$(java_major "$current_java")" -lt 21 ]; then
  for candidate in /usr/lib/jvm/*; do
    if [ -x "$candidate/bin/java" ] && [ "$(java_major "$candidate/bin/java")" -ge 21 ]; then
      export JAVA_HOME="$candidate"
      break
    fi
  done
fi
if [ -n "${JAVA_HOME:-}" ]; then
  export PATH="$JAVA_HOME/bin:$PATH"
fi
if [ "$(java_major java)" -lt 21 ]; then
  echo "Kiosque needs a JDK 21 or newer; found none under /usr/lib/jvm. Set JAVA_HOME to one." >&2
  exit 2
fi
# JDK 24+ warns about Maven's use of sun.misc.Unsafe; older JDKs do not know the flag.
if [ "$(java_major java)" -ge 24 ]; then
  export MAVEN_OPTS="${MAVEN_OPTS:-} --sun-misc-unsafe-memory-access=allow"
fi
