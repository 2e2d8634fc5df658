/**
 * `customer-area-kit/testing`: the PayPal simulator, for tests, stories and demos that must not
 * reach PayPal. Importing this module registers nothing and installs nothing:
 *
 * ```js
 * import { installPayPalSimulator } from 'customer-area-kit/testing';
 * const simulator = installPayPalSimulator({ scenario: 'approve', autoPlay: true });
 * // ... the kit loads PayPal: it gets the simulator, nothing is downloaded.
 * simulator.uninstall();
 * ```
 */
export {
  createPayPalSimulator,
  installPayPalSimulator,
  pendingSimulatedReturn,
  PayPalSimulator,
  PAYPAL_SCENARIOS,
  SIMULATED_BUYER_EMAIL,
  SIMULATED_PAYER_ID,
  SIMULATED_RETURN_KEY,
  SIMULATED_VERSION,
  SimulatedPayPalError,
  type PayPalScenario,
  type PayPalSimulatorOptions,
  type SimulatedReturn,
  type SimulatorCall,
  type SimulatorStep,
} from './paypal/simulator.js';
