package io.github.accountgovernance.core.model;

/** Whether a contributor still works for the force. */
public enum ContributorStatus {
  /** Serving: may hold access and rota slots. */
  SERVING,
  /** Has left the force: must hold no access and no future rota slots (ATT-3). */
  LEFT;
}
