package io.itwincontracts.sandbox;

/**
 * IDs of the seed data bundled with the sandbox ({@code default-data.json}), so that code and tests which try
 * each operation against a default sandbox name them once instead of copying them.
 */
public final class DefaultData {
  /** An iTwin with two roles and two GIS repositories. */
  public static final String ITWIN = "5fb9aa98-9874-4697-b942-d19728840f19";
  /** A second iTwin, with no roles and no repositories. */
  public static final String EMPTY_ITWIN = "a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d";
  /** The {@link #ITWIN}'s role "EDFS_integration". */
  public static final String ITWIN_ROLE = "2d1c9f44-7b8e-4c1a-9e3f-5a6b7c8d9e01";
  /** An integration package. */
  public static final String PACKAGE = "EDFS.SqlIntegration";
  /** The {@link #PACKAGE}'s role "Execute Integration Package". */
  public static final String PACKAGE_ROLE = "6b5a4c3d-2e1f-4a0b-9c8d-7e6f5a4b3c21";
  /** A manifest connection of the {@link #ITWIN}. */
  public static final String CONNECTION = "MWplZe9Uf0iR1IDMqyOMLry641hUCa9JjxI3cYz8uCg";
  /** The {@link #ITWIN}'s GIS repository of subClass WebMapService. */
  public static final String GIS_REPOSITORY = "c2a4e6f8-1b3d-4f5a-9c7e-2d4f6a8c0e13";
  /** A bearer token whose user has no permission. */
  public static final String READ_ONLY_TOKEN = "read-only";
  /** A bearer token whose user has only edfs_credmng. */
  public static final String CREDENTIALS_MANAGER_TOKEN = "credentials-manager";

  private DefaultData() {}
}
