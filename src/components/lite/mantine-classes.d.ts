/** Mantine's class map of one component (the alias in server/build/mantine-classes-alias.ts). */
declare module '@mantine-classes/*' {
  const classes: Readonly<Record<string, string>>;
  export default classes;
}
