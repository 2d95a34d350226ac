/** A library user's module: it names the library's module and nothing else. */
module example.consumer {
  requires io.github.accountgovernance.rules;
}
