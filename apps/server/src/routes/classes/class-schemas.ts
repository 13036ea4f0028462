// NOTE: the class schemas live in @pathwise/contracts (classes.ts); this name stays for the dashboard routes
// that import it from here until they import the contract themselves.
export { ClassParams } from '@pathwise/contracts';
